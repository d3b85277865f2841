package org.putright;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries are checked, not hoped for: no cycles, and modules use only each other's published API. */
class ModuleStructureTest {

    private final ApplicationModules modules = ApplicationModules.of(PutRightApplication.class);

    @Test
    void module_boundaries_hold() {
        modules.verify();
    }

    @Test
    void the_expected_modules_exist() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("calendar", "complaints", "identity", "shared");
    }

    @Test
    void writes_module_documentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(new java.io.File("target/spring-modulith-docs")).isDirectory();
    }
}
