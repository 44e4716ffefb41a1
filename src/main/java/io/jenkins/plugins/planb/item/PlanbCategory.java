package io.jenkins.plugins.planb.item;

import hudson.Extension;
import jenkins.model.item_category.ItemCategory;

/** The "PlanB backups" section of the New Item page, holding host groups and hosts. */
@Extension(ordinal = -100)
public class PlanbCategory extends ItemCategory {

    public static final String ID = "planb";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDescription() {
        return Messages.PlanbCategory_Description();
    }

    @Override
    public String getDisplayName() {
        return Messages.PlanbCategory_DisplayName();
    }

    @Override
    public int getMinToShow() {
        return 1;
    }
}
