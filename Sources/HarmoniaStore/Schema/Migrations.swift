import GRDB

/// The history database's schema, one GRDB migration per change.
///
/// Migrations only ever add: a released migration is never edited, so that every database written by an
/// older Harmonia can be brought forward. Tables:
///
/// - `document`: one row per distinct file (by SHA-256 of its bytes): designation, role, edition, date.
/// - `documentSupersedes`: the designations a document replaces, which tie editions into families.
/// - `comparison`: one row per recorded comparison: both documents, when, score (in tenths), degree,
///   the verdict counts and `pairCount`, so that a reader can tell a record has all its pairs.
/// - `pair`: every pair of a comparison, in the comparison's order, with its verdict (and, from
///   `v2-pair-qualifiers`, its qualifiers as a key).
enum Migrations {
    /// The identifier of the first migration; a database holding tables but not this one is not a history.
    static let first = "v1-history"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(first) { db in
            try db.execute(
                sql: """
                    CREATE TABLE document (
                        id INTEGER PRIMARY KEY,
                        designation TEXT NOT NULL,
                        role TEXT NOT NULL,
                        edition TEXT,
                        date TEXT,
                        title TEXT,
                        contentHash TEXT NOT NULL UNIQUE,
                        sourceFile TEXT NOT NULL
                    );
                    CREATE INDEX documentByDesignation ON document(designation);
                    CREATE TABLE documentSupersedes (
                        documentId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        ref TEXT NOT NULL,
                        PRIMARY KEY (documentId, position)
                    );
                    CREATE TABLE comparison (
                        id INTEGER PRIMARY KEY,
                        domesticId INTEGER NOT NULL REFERENCES document(id),
                        internationalId INTEGER NOT NULL REFERENCES document(id),
                        recordedAt TEXT NOT NULL,
                        scoreTenths INTEGER NOT NULL CHECK (scoreTenths BETWEEN 0 AND 1000),
                        degree TEXT NOT NULL,
                        declaredDegree TEXT,
                        identical INTEGER NOT NULL,
                        equivalent INTEGER NOT NULL,
                        stricter INTEGER NOT NULL,
                        looser INTEGER NOT NULL,
                        different INTEGER NOT NULL,
                        missing INTEGER NOT NULL,
                        added INTEGER NOT NULL,
                        pairCount INTEGER NOT NULL,
                        unexplained INTEGER NOT NULL,
                        UNIQUE (domesticId, internationalId)
                    );
                    CREATE INDEX comparisonByInternational ON comparison(internationalId);
                    CREATE TABLE pair (
                        comparisonId INTEGER NOT NULL REFERENCES comparison(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        verdict TEXT NOT NULL,
                        concept TEXT NOT NULL,
                        step TEXT NOT NULL,
                        domesticIndicator TEXT,
                        domesticClause TEXT,
                        domesticValue TEXT,
                        internationalIndicator TEXT,
                        internationalClause TEXT,
                        internationalValue TEXT,
                        explained INTEGER,
                        justification TEXT,
                        detail TEXT NOT NULL,
                        PRIMARY KEY (comparisonId, position)
                    );
                    """)
        }
        // Each pair's qualifiers, so that a diff matches requirements across editions by concept and
        // qualifiers when their ids differ. Older records keep NULL and match by id.
        migrator.registerMigration("v2-pair-qualifiers") { db in
            try db.execute(sql: "ALTER TABLE pair ADD COLUMN qualifiers TEXT")
        }
        return migrator
    }
}
