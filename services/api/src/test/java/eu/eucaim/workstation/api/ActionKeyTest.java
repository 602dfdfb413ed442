package eu.eucaim.workstation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActionKeyTest {
    @Test
    void aKeyIsWhatAnIdempotencyKeyHeaderCarriesWithoutEscapes() {
        assertThat(ActionKey.random().value()).matches("[0-9a-f-]{36}");
        assertThat(ActionKey.random()).isNotEqualTo(ActionKey.random());
        assertThat(new ActionKey("a".repeat(255)).value()).hasSize(255);
        for (String bad : new String[] {"", "a".repeat(256), "two words", "quo\"te", "back\\slash", "tab\t", "é"}) {
            assertThatThrownBy(() -> new ActionKey(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("An action key");
        }
    }

    @Test
    void aStepOfAnActionHasItsOwnKeyTheSameEachTime() {
        ActionKey key = new ActionKey("k-1");
        assertThat(key.step("attachment")).isEqualTo(new ActionKey("k-1.attachment"));
        assertThat(key.step("attachment")).isEqualTo(key.step("attachment")).isNotEqualTo(key.step("post"));
        assertThatThrownBy(() -> new ActionKey("a".repeat(250)).step("attachment"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inJsonAKeyIsTheBareString() throws Exception {
        record Held(ActionKey key) {}
        String json = Json.mapper().writeValueAsString(new Held(new ActionKey("k-2")));
        assertThat(json).isEqualTo("{\"key\":\"k-2\"}");
        assertThat(Json.mapper().readValue(json, Held.class).key()).isEqualTo(new ActionKey("k-2"));
        assertThatThrownBy(() -> Json.mapper().readValue("{\"key\":\"two words\"}", Held.class))
                .hasMessageContaining("An action key");
    }
}
