package org.ketaminetraining.bank;

import java.nio.file.Path;

/** The sample banks under src/test/resources/banks, loaded the way the app loads questions/. */
public final class TestBanks {
    public static final Path BANKS = Path.of("src/test/resources/banks");
    public static final Path VALID = BANKS.resolve("valid");

    private TestBanks() {
    }

    /** The valid sample bank; fails the calling test loudly if it ever stops being valid. */
    public static BankSnapshot valid() {
        BankLoadResult result = BankLoader.load(VALID);
        if (!result.isValid()) {
            throw new AssertionError("the valid sample bank has problems: " + result.problems());
        }
        return result.snapshot().orElseThrow();
    }
}
