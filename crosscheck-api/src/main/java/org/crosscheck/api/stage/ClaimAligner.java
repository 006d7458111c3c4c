package org.crosscheck.api.stage;

import java.util.List;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.state.SourceContext;

/**
 * Groups the claims of one story that state the same thing and gives each group its status: corroborated, disputed,
 * superseded or single-source. Copies and relays of one outlet count once; a change over time is superseded, not
 * disputed.
 */
@FunctionalInterface
public interface ClaimAligner {
    List<ClaimGroup> align(String storyId, List<Claim> claims, List<SourceContext> sources);
}
