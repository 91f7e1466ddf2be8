package org.khet.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The memo circuit's transition table, written out in full: every state against every action. */
class MemoStateTest {

    @Test
    void everyStateTakesOnlyTheActionsOfTheTable() {
        Map<MemoState, Map<MemoAction, MemoState>> table = new EnumMap<>(MemoState.class);
        table.put(MemoState.DRAFT, Map.of(MemoAction.EDIT, MemoState.DRAFT, MemoAction.SUBMIT, MemoState.SUBMITTED));
        table.put(
                MemoState.SUBMITTED,
                Map.of(
                        MemoAction.ASK_OPINION, MemoState.OPINION_REQUESTED,
                        MemoAction.APPROVE, MemoState.APPROVED,
                        MemoAction.RETURN, MemoState.RETURNED,
                        MemoAction.REJECT, MemoState.REJECTED));
        table.put(MemoState.OPINION_REQUESTED, Map.of(MemoAction.GIVE_OPINION, MemoState.SUBMITTED));
        table.put(
                MemoState.RETURNED,
                Map.of(MemoAction.EDIT, MemoState.RETURNED, MemoAction.SUBMIT, MemoState.SUBMITTED));
        table.put(MemoState.APPROVED, Map.of());
        table.put(MemoState.REJECTED, Map.of());

        for (MemoState state : MemoState.values()) {
            for (MemoAction action : MemoAction.values()) {
                assertThat(state.after(action))
                        .as("%s after %s", state, action)
                        .isEqualTo(
                                java.util.Optional.ofNullable(table.get(state).get(action)));
            }
            assertThat(state.actions())
                    .as("actions of %s", state)
                    .isEqualTo(table.get(state).keySet());
            assertThat(state.closed()).isEqualTo(table.get(state).isEmpty());
        }
    }

    @Test
    void actionsAreNamedAsInThePath() {
        assertThat(MemoAction.named("ask-opinion")).isEqualTo(MemoAction.ASK_OPINION);
        assertThat(MemoAction.named("return")).isEqualTo(MemoAction.RETURN);
        assertThat(MemoAction.named("sign")).isNull();
    }
}
