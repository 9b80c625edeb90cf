package org.verbatim.audit;

import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.envers.configuration.Configuration;
import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.verbatim.base.audit.RevisionInfo;

/**
 * The log's rows across every audit table in one statement: a {@code UNION ALL} of a branch per kind of record, each
 * joined with its revision and filtered, merged and windowed by the database. Table and column names come from the
 * mapping (Envers' audit entities and the revision entity), so they follow its naming settings.
 */
final class AuditTables {

    /** One audit row: which record, in which revision, and the properties that name it. */
    record Row(long revision, AuditedRecord type, long id, ChangeKind change, Object[] properties) {
    }

    private record Branch(AuditedRecord type, String table, String revision, String id, String revisionType,
                          List<String> properties, List<Class<?>> javaTypes, String action) {
    }

    private final String revisionTable;
    private final String revisionId;
    private final String timestamp;
    private final String username;
    private final Map<AuditedRecord, Branch> branches = new EnumMap<>(AuditedRecord.class);
    /** Where each kind's naming properties start among the statement's property columns. */
    private final Map<AuditedRecord, Integer> firstColumn = new EnumMap<>(AuditedRecord.class);
    private final int propertyColumns;

    AuditTables(EntityManager em, Map<AuditedRecord, List<String>> namingProperties) {
        SessionFactoryImplementor sf = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class);
        MappingMetamodel model = sf.getMappingMetamodel();
        Configuration envers = sf.getServiceRegistry().requireService(EnversService.class).getConfig();
        AbstractEntityPersister revisions = (AbstractEntityPersister) model.getEntityDescriptor(RevisionInfo.class);
        revisionTable = revisions.getTableName();
        revisionId = revisions.getIdentifierColumnNames()[0];
        timestamp = revisions.getPropertyColumnNames("timestamp")[0];
        username = revisions.getPropertyColumnNames("username")[0];
        int column = 0;
        for (AuditedRecord type : AuditedRecord.values()) {
            AbstractEntityPersister entity = (AbstractEntityPersister) model.getEntityDescriptor(type.entity());
            AbstractEntityPersister audit = (AbstractEntityPersister) model.getEntityDescriptor(
                    envers.getAuditEntityName(entity.getEntityName()));
            String originalId = envers.getOriginalIdPropertyName() + ".";
            List<String> properties = new ArrayList<>();
            List<Class<?>> javaTypes = new ArrayList<>();
            for (String property : namingProperties.get(type)) {
                properties.add(audit.getPropertyColumnNames(property)[0]);
                javaTypes.add(entity.getPropertyType(property).getReturnedClass());
            }
            branches.put(type, new Branch(type, audit.getTableName(),
                    audit.getPropertyColumnNames(originalId + envers.getRevisionFieldName())[0],
                    audit.getPropertyColumnNames(originalId + entity.getIdentifierPropertyName())[0],
                    audit.getPropertyColumnNames(envers.getRevisionTypePropertyName())[0], properties, javaTypes,
                    type == AuditedRecord.REVIEW ? audit.getPropertyColumnNames("action")[0] : null));
            firstColumn.put(type, column);
            column += properties.size();
        }
        propertyColumns = column;
    }

    /**
     * The rows the filter selects, newest revision first, then by kind, then newest record first; {@code fromRevision}
     * (inclusive) and {@code beforeRevision} (exclusive) bound the revisions when given.
     */
    List<Row> rows(EntityManager em, AuditLogFilter filter, Long fromRevision, Long beforeRevision, int offset,
                   int limit) {
        String sql = union(filter, fromRevision, beforeRevision, true) + " order by rev desc, kind, id desc";
        Query query = bind(em.createNativeQuery(sql), filter, fromRevision, beforeRevision);
        if (offset > 0) {
            query.setFirstResult(offset);
        }
        query.setMaxResults(limit);
        List<Row> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] r = (Object[]) result;
            AuditedRecord type = AuditedRecord.values()[((Number) r[1]).intValue()];
            Branch branch = branches.get(type);
            Object[] properties = new Object[branch.properties().size()];
            for (int i = 0; i < properties.length; i++) {
                properties[i] = value(r[4 + firstColumn.get(type) + i], branch.javaTypes().get(i));
            }
            rows.add(new Row(((Number) r[0]).longValue(), type, ((Number) r[2]).longValue(),
                    ChangeKind.of(RevisionType.fromRepresentation(((Number) r[3]).byteValue())), properties));
        }
        return rows;
    }

    /** How many rows the filter selects. */
    long count(EntityManager em, AuditLogFilter filter) {
        String union = union(filter, null, null, false);
        if (union.isEmpty()) {
            return 0;
        }
        Query query = bind(em.createNativeQuery("select count(*) from (" + union + ") log_rows"), filter, null, null);
        return ((Number) query.getSingleResult()).longValue();
    }

    private String union(AuditLogFilter filter, Long fromRevision, Long beforeRevision, boolean withProperties) {
        StringJoiner union = new StringJoiner(" union all ");
        for (Branch b : branches.values()) {
            if (!filter.includes(b.type())) {
                continue;
            }
            StringJoiner select = new StringJoiner(", ", "select ", "");
            select.add("a." + b.revision() + " as rev").add(b.type().ordinal() + " as kind")
                    .add("a." + b.id() + " as id").add("a." + b.revisionType() + " as revtype");
            if (withProperties) {
                for (int column = 0; column < propertyColumns; column++) {
                    int own = column - firstColumn.get(b.type());
                    select.add((own >= 0 && own < b.properties().size() ? "a." + b.properties().get(own) : "null")
                            + " as p" + column);
                }
            }
            StringBuilder branch = new StringBuilder(select.toString()).append(" from ").append(b.table())
                    .append(" a join ").append(revisionTable).append(" r on r.").append(revisionId).append(" = a.")
                    .append(b.revision()).append(" where 1 = 1");
            if (hasUsername(filter)) {
                branch.append(" and r.").append(username).append(" = :username");
            }
            if (filter.from() != null) {
                branch.append(" and r.").append(timestamp).append(" >= :fromTime");
            }
            if (filter.until() != null) {
                branch.append(" and r.").append(timestamp).append(" < :untilTime");
            }
            if (filter.change() != null) {
                branch.append(" and a.").append(b.revisionType()).append(" = :revisionType");
            }
            if (filter.reviewAction() != null && b.action() != null) {
                branch.append(" and a.").append(b.action()).append(" = :action");
            }
            if (fromRevision != null) {
                branch.append(" and a.").append(b.revision()).append(" >= :fromRevision");
            }
            if (beforeRevision != null) {
                branch.append(" and a.").append(b.revision()).append(" < :beforeRevision");
            }
            union.add(branch);
        }
        return union.length() == 0 ? "" : union.toString();
    }

    private static Query bind(Query query, AuditLogFilter filter, Long fromRevision, Long beforeRevision) {
        if (hasUsername(filter)) {
            query.setParameter("username", filter.username().strip());
        }
        if (filter.from() != null) {
            query.setParameter("fromTime", filter.from().toEpochMilli());
        }
        if (filter.until() != null) {
            query.setParameter("untilTime", filter.until().toEpochMilli());
        }
        if (filter.change() != null) {
            query.setParameter("revisionType", filter.change().revisionType().getRepresentation());
        }
        if (filter.reviewAction() != null) {
            query.setParameter("action", filter.reviewAction().name());   // the action is mapped by name
        }
        if (fromRevision != null) {
            query.setParameter("fromRevision", fromRevision);
        }
        if (beforeRevision != null) {
            query.setParameter("beforeRevision", beforeRevision);
        }
        return query;
    }

    private static boolean hasUsername(AuditLogFilter filter) {
        return filter.username() != null && !filter.username().isBlank();
    }

    /** A column's value as the entity's property type, as the audit query would have read it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(Object column, Class<?> type) {
        if (column == null) {
            return null;
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class<Enum>) type, column.toString());
        }
        if ((type == Long.class || type == long.class) && column instanceof Number n) {
            return n.longValue();
        }
        if (column instanceof Date date) {
            return date.toLocalDate();
        }
        return column;
    }
}
