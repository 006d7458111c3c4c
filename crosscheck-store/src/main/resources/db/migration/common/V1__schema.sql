-- One schema for the embedded store (SQLite) and PostgreSQL: only types and statements both accept.
-- Dates are ISO-8601 text (they sort as text), instants are epoch milliseconds.
-- "seq" columns come from counters.next_value: a store-wide change sequence that orders lists for keyset
-- pagination and tells the embedded full-text index how far it has caught up.

CREATE TABLE counters (
    name       VARCHAR(32) PRIMARY KEY,
    next_value BIGINT      NOT NULL
);
INSERT INTO counters (name, next_value) VALUES ('seq', 0);
INSERT INTO counters (name, next_value) VALUES ('run', 0);

CREATE TABLE runs (
    id                 VARCHAR(64) PRIMARY KEY,
    number             BIGINT      NOT NULL UNIQUE,
    command            TEXT        NOT NULL,
    started_at         BIGINT      NOT NULL,
    ended_at           BIGINT,
    status             VARCHAR(16) NOT NULL,
    articles_read      BIGINT      NOT NULL DEFAULT 0,
    articles_written   BIGINT      NOT NULL DEFAULT 0,
    articles_unchanged BIGINT      NOT NULL DEFAULT 0,
    problem_count      BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE run_problems (
    run_id  VARCHAR(64) NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    ordinal INTEGER     NOT NULL,
    origin  TEXT,
    message TEXT        NOT NULL,
    PRIMARY KEY (run_id, ordinal)
);

CREATE TABLE articles (
    id           VARCHAR(512) PRIMARY KEY,
    content_hash VARCHAR(64)  NOT NULL,
    outlet       TEXT,
    published    VARCHAR(10),
    url          TEXT,
    title        TEXT,
    language     VARCHAR(16),
    body         TEXT         NOT NULL,
    origin       TEXT,
    seq          BIGINT       NOT NULL,
    stored_at    BIGINT       NOT NULL,
    run_id       VARCHAR(64)
);
CREATE UNIQUE INDEX articles_seq ON articles (seq);

CREATE TABLE annotations (
    article_id   VARCHAR(512) PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    content_hash VARCHAR(64)  NOT NULL,
    json_hash    VARCHAR(64)  NOT NULL,
    json         TEXT         NOT NULL,
    stored_at    BIGINT       NOT NULL
);

CREATE TABLE stories (
    id              VARCHAR(512) PRIMARY KEY,
    headline        TEXT,
    article_count   INTEGER      NOT NULL,
    outlet_count    INTEGER      NOT NULL,
    first_published VARCHAR(10),
    last_published  VARCHAR(10),
    seq             BIGINT       NOT NULL,
    updated_at      BIGINT       NOT NULL
);
CREATE UNIQUE INDEX stories_seq ON stories (seq);

CREATE TABLE story_members (
    article_id   VARCHAR(512)     PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_id     VARCHAR(512)     NOT NULL REFERENCES stories (id),
    ordinal      INTEGER          NOT NULL,
    new_story    BOOLEAN          NOT NULL,
    score        DOUBLE PRECISION NOT NULL,
    duplicate_of VARCHAR(512)
);
CREATE INDEX story_members_story ON story_members (story_id, ordinal);

CREATE TABLE briefs (
    story_id   VARCHAR(512) PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
    headline   TEXT,
    json_hash  VARCHAR(64)  NOT NULL,
    json       TEXT         NOT NULL,
    markdown   TEXT         NOT NULL,
    seq        BIGINT       NOT NULL,
    updated_at BIGINT       NOT NULL,
    run_id     VARCHAR(64)
);

CREATE TABLE claims (
    story_id       VARCHAR(512) NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    id             VARCHAR(512) NOT NULL,
    ordinal        INTEGER      NOT NULL,
    statement      TEXT         NOT NULL,
    status         VARCHAR(32)  NOT NULL,
    first_reported VARCHAR(512),
    superseded_by  VARCHAR(512),
    PRIMARY KEY (story_id, id)
);

CREATE TABLE claim_articles (
    story_id   VARCHAR(512) NOT NULL,
    claim_id   VARCHAR(512) NOT NULL,
    article_id VARCHAR(512) NOT NULL,
    PRIMARY KEY (story_id, claim_id, article_id),
    FOREIGN KEY (story_id, claim_id) REFERENCES claims (story_id, id) ON DELETE CASCADE
);
CREATE INDEX claim_articles_article ON claim_articles (article_id);
