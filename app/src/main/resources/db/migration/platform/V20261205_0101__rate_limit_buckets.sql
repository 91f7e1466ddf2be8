-- Bucket4j's shared counts (RateLimits): one row per limit and client, the bucket's state as Bucket4j writes it,
-- and when the row may be removed (epoch milliseconds). Every instance on this database shares these counts.
create table rate_limit_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);
