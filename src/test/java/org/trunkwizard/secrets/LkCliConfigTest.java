package org.trunkwizard.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trunkwizard.secrets.LkCliConfig.LkProject;

class LkCliConfigTest {

    @Test
    void readsTheShapeLkWritesInAnyKeyOrderWithQuotesAndComments() {
        String yaml = """
                # written by lk
                default_project: b
                projects:
                - api_secret: 'it''s # not a comment'
                  name: a
                  url: wss://a.livekit.cloud   # comment
                  api_key: "APIa"
                -
                  name: b
                  url: http://livekit:7880
                  api_key: devkey
                  api_secret: s3cr3t
                other: value
                  name: not-a-project
                """;
        List<LkProject> projects = LkCliConfig.projects(yaml);
        assertEquals(List.of(new LkProject("a", "", "wss://a.livekit.cloud", "APIa", "it's # not a comment"),
                new LkProject("b", "", "http://livekit:7880", "devkey", "s3cr3t")), projects);
        assertFalse(projects.get(0).toString().contains("comment"), "the secret stays out of toString");
    }

    @Test
    void anythingElseGivesNoProjects() {
        assertEquals(List.of(), LkCliConfig.projects(""));
        assertEquals(List.of(), LkCliConfig.projects(null));
        assertEquals(List.of(), LkCliConfig.projects("projects: []\n"));
        assertEquals(List.of(), LkCliConfig.projects("{\"projects\": 1}"));
    }
}
