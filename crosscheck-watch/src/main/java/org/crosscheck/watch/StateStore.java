package org.crosscheck.watch;

import java.io.IOException;

/**
 * Where the watcher keeps its {@link WatchState}. A {@link #save} must be durable when it returns and must never
 * leave a half-written state behind: the watcher records an item as seen only after its article is durable, and
 * relies on the state it loads after a crash being one it saved whole.
 */
public interface StateStore {

    /** The last state saved, or {@link WatchState#EMPTY} when there is none. */
    WatchState load() throws IOException;

    void save(WatchState state) throws IOException;
}
