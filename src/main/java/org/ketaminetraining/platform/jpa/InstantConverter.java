package org.ketaminetraining.platform.jpa;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant} as a SQL TIMESTAMP. Jakarta Persistence 3.1 (EclipseLink 4, Liberty's provider) does
 * not map Instant natively and would write it as bytes. The JDBC driver's time zone is the JVM's; the server
 * runs in UTC or the values round-trip through the same zone, so instants are preserved.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
