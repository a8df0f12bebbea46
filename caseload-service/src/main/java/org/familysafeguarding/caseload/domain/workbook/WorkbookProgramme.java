package org.familysafeguarding.caseload.domain.workbook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The modules of the parental-work programme a council works through with parents, in order. The
 * row {@value #DEFAULT} holds the list a council uses until it sets its own.
 */
@Entity
@Table(name = "workbook_programme")
public class WorkbookProgramme {

    public static final String DEFAULT = "DEFAULT";
    static final int MAX_MODULES = 40;

    @Id
    @Column(name = "council_code")
    private String councilCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "workbook_programme_module", joinColumns = @JoinColumn(name = "council_code"))
    @OrderColumn(name = "position")
    private List<WorkbookModule> modules = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected WorkbookProgramme() {}

    /** A council's own programme, starting from the default list; change it with {@link #replaceModules}. */
    public static WorkbookProgramme copyFor(String councilCode, WorkbookProgramme from, Instant now) {
        var programme = new WorkbookProgramme();
        programme.councilCode = councilCode;
        programme.modules = new ArrayList<>(from.modules);
        programme.createdAt = now;
        programme.updatedAt = now;
        return programme;
    }

    /** Sets the council's list. Entries already made against a module that leaves the list are kept. */
    public void replaceModules(List<WorkbookModule> replacement, Instant now) {
        if (replacement.isEmpty() || replacement.size() > MAX_MODULES) {
            throw new WorkbookRuleViolated("module-count", "A programme has 1 to " + MAX_MODULES + " modules.");
        }
        var codes = new HashSet<String>();
        for (WorkbookModule module : replacement) {
            if (!codes.add(module.code())) {
                throw new WorkbookRuleViolated(
                        "module-code-repeated", "Module code " + module.code() + " appears twice.");
            }
        }
        modules.clear();
        modules.addAll(replacement);
        updatedAt = now;
    }

    public boolean hasModule(String code) {
        return modules.stream().anyMatch(m -> m.code().equals(code));
    }

    public boolean isDefault() {
        return DEFAULT.equals(councilCode);
    }

    public String councilCode() {
        return councilCode;
    }

    public List<WorkbookModule> modules() {
        return List.copyOf(modules);
    }

    public long version() {
        return version;
    }
}
