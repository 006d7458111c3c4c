-- PostgreSQL only: full-text search on the server (the embedded store keeps a Lucene index instead).
-- The body is cut at 400,000 characters because a tsvector may not exceed 1 MB.
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A')
    || setweight(to_tsvector('english', left(body, 400000)), 'B')) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);
