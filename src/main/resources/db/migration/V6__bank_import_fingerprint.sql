-- The fingerprint of the files an import read (BankFolderFingerprint), so that a start-up can skip a bank it
-- applied before. Empty for imports made before this column existed: the next start imports once more.
ALTER TABLE bank_import ADD COLUMN source_fingerprint VARCHAR(64);
