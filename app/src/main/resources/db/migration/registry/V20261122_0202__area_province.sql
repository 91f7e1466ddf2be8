-- The province an area office lies in (จังหวัด), so its results can be held against the province's.
alter table area add column province text;
