-- Thai full-text search over a letter's subject, text, number and sender. Thai has no spaces between words, so Khet
-- splits the text into words itself (the JDK's Thai dictionary, ThaiWords) and stores them space-separated in a
-- tsvector of the 'simple' configuration; a query is split the same way. Letters already stored are indexed by the
-- application when it starts (LetterSearch), since the splitting is in Java.
alter table correspondence.letter add column search tsvector;
create index letter_search_idx on correspondence.letter using gin (search);
