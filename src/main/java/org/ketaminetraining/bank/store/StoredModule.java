package org.ketaminetraining.bank.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A module as last imported; retired when its file disappears. */
@Entity
@Table(name = "bank_module")
public class StoredModule {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bankIds")
    private Long id;
    @Column(name = "module_key", nullable = false, unique = true, length = 100)
    private String moduleKey;
    @Column(nullable = false, length = 300)
    private String title;
    @Column(length = 4000)
    private String description;
    @Column(nullable = false)
    private boolean retired;

    protected StoredModule() {
    }

    public StoredModule(String moduleKey, String title, String description) {
        this.moduleKey = moduleKey;
        update(title, description);
    }

    public final void update(String newTitle, String newDescription) {
        this.title = newTitle;
        this.description = newDescription;
        this.retired = false;
    }

    public void retire() {
        this.retired = true;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public boolean isRetired() {
        return retired;
    }
}
