package org.ketaminetraining.certification.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An Ed25519 key pair the installation signs certificates with. Kept in the database (not a file) so that every
 * server of a PostgreSQL installation signs with the same key and a backup restores it with the certificates it
 * signed. Old keys stay, inactive, so certificates they signed keep verifying.
 */
@Entity
@Table(name = "signing_key")
public class SigningKeyRow {

    @Id
    @Column(name = "key_id", length = 16)
    private String keyId;

    @Column(name = "public_pem", nullable = false, length = 1000, updatable = false)
    private String publicPem;

    @Column(name = "private_pem", nullable = false, length = 1000, updatable = false)
    private String privatePem;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean active;

    protected SigningKeyRow() {
    }

    public SigningKeyRow(String keyId, String publicPem, String privatePem, Instant createdAt) {
        this.keyId = keyId;
        this.publicPem = publicPem;
        this.privatePem = privatePem;
        this.createdAt = createdAt;
        this.active = true;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getPublicPem() {
        return publicPem;
    }

    public String getPrivatePem() {
        return privatePem;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isActive() {
        return active;
    }
}
