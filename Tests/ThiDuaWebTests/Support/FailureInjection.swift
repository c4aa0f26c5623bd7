import Fluent
import Foundation
import SQLKit
import ThiDuaTestSupport
import Vapor

/// Makes the database refuse a use case midway: from now on, the `failOn`-th audit event of `entity` is refused
/// (every write records its event right after its change, so the writes before it have happened). The counter
/// lives in a table of its own; a refused attempt rolls its count back with everything else.
struct FailureInjection {
    let app: Application
    let kind: DatabaseKind

    private var sql: any SQLDatabase { app.db as! any SQLDatabase }

    func arm(entity: String, failOn: Int = 1) async throws {
        try await disarm()
        try await sql.raw("CREATE TABLE injected_count (n INTEGER NOT NULL)").run()
        try await sql.raw("INSERT INTO injected_count (n) VALUES (0)").run()
        switch kind {
        case .sqlite:
            try await sql.raw(
                """
                CREATE TRIGGER injected_failure BEFORE INSERT ON audit_events WHEN NEW.entity = '\(unsafeRaw: entity)'
                BEGIN
                    UPDATE injected_count SET n = n + 1;
                    SELECT RAISE(ABORT, 'injected failure') WHERE (SELECT n FROM injected_count) >= \(unsafeRaw: String(failOn));
                END
                """
            ).run()
        case .postgres:
            try await sql.raw(
                """
                CREATE FUNCTION injected_failure() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE c INTEGER;
                BEGIN
                    UPDATE injected_count SET n = n + 1 RETURNING n INTO c;
                    IF c >= \(unsafeRaw: String(failOn)) THEN RAISE EXCEPTION 'injected failure'; END IF;
                    RETURN NEW;
                END $$
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER injected_failure BEFORE INSERT ON audit_events FOR EACH ROW
                WHEN (NEW.entity = '\(unsafeRaw: entity)') EXECUTE FUNCTION injected_failure()
                """
            ).run()
        }
    }

    func disarm() async throws {
        switch kind {
        case .sqlite:
            try await sql.raw("DROP TRIGGER IF EXISTS injected_failure").run()
        case .postgres:
            try await sql.raw("DROP TRIGGER IF EXISTS injected_failure ON audit_events").run()
            try await sql.raw("DROP FUNCTION IF EXISTS injected_failure()").run()
        }
        try await sql.raw("DROP TABLE IF EXISTS injected_count").run()
    }
}
