package org.gradflow.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The migration hook: version 1 is the identity; a later version adds one step per version. */
class MigrationsTest {

    @Test
    void theStandardMigrationsEndAtTheCurrentVersionAndV1IsTheIdentity() throws Exception {
        assertThat(Migrations.standard().currentVersion()).isEqualTo(Migrations.CURRENT_VERSION).isEqualTo(1);
        ObjectNode doc = Documents.valid();
        ObjectNode migrated = Migrations.standard().toCurrent(doc, 1, "v1.json");
        assertThat(migrated).isEqualTo(doc).isNotSameAs(doc);
    }

    @Test
    void aStepUpgradesAnOlderDocumentBeforeItIsRead() throws Exception {
        // A made-up version 2 whose names are upper case; the step upgrades a version-1 document.
        ObjectNode v1 = Documents.valid();
        v1.put("name", "old name");
        Migrations.Step renameToUpperCase = (doc, source) -> doc.put("name", doc.get("name").textValue().toUpperCase());
        Migrations migrations = new Migrations(List.of(renameToUpperCase));
        assertThat(migrations.currentVersion()).isEqualTo(2);

        ObjectNode migrated = migrations.toCurrent(v1, 1, "old.json");
        assertThat(migrated.get("name").textValue()).isEqualTo("OLD NAME");
        assertThat(migrated.get("version").intValue()).isEqualTo(2);
        assertThat(v1.get("name").textValue()).as("the input is not changed").isEqualTo("old name");

        assertThat(ExperimentFiles.read(Documents.text(v1), "old.json", migrations).spec().name()).isEqualTo("OLD NAME");
        ObjectNode v2 = v1.deepCopy().put("version", 2);
        assertThat(ExperimentFiles.read(Documents.text(v2), "new.json", migrations).spec().name()).isEqualTo("old name");
    }

    @Test
    void aStepCanRefuseADocument() {
        Migrations.Step refuse = (doc, source) -> {
            throw new ExperimentFileException(source, "dataset", "cannot be upgraded");
        };
        Migrations migrations = new Migrations(List.of(refuse));
        assertThatThrownBy(() -> ExperimentFiles.read(Documents.text(Documents.valid()), "old.json", migrations))
                .isInstanceOf(ExperimentFileException.class).hasMessage("old.json: dataset: cannot be upgraded");
    }

    @Test
    void versionsOutsideTheRangeAreAProgrammingError() {
        assertThatThrownBy(() -> Migrations.standard().toCurrent(Documents.valid(), 2, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Migrations.standard().toCurrent(Documents.valid(), 0, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
