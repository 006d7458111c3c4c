-- Stories the clusterer found to be one (crosscheck-api StoryMerge): the newer story "from_story" was merged into
-- the older "into_story" when article "at_article" arrived. Members keep the story they were assigned to; readers
-- follow a merged story to where it went with these rows, and a restarted service replays them, in "seq" order,
-- each just before its article, to rebuild the clustering state it had. A story is merged away at most once.
-- Shared by both engines, like V1: nothing here needs vendor SQL.

CREATE TABLE story_merges (
    from_story VARCHAR(512)     PRIMARY KEY REFERENCES stories (id),
    into_story VARCHAR(512)     NOT NULL REFERENCES stories (id),
    at_article VARCHAR(512)     NOT NULL REFERENCES articles (id),
    score      DOUBLE PRECISION NOT NULL,
    seq        BIGINT           NOT NULL,
    merged_at  BIGINT           NOT NULL,
    run_id     VARCHAR(64)
);
CREATE UNIQUE INDEX story_merges_seq ON story_merges (seq);
CREATE INDEX story_merges_into ON story_merges (into_story);
