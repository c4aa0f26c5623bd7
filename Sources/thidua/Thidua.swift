import ArgumentParser
@preconcurrency import Foundation
import ThiDuaCore

@main
struct Thidua: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thidua",
        abstract: "Hệ thống quản lý thi đua, khen thưởng.",
        discussion: """
            Cấu hình qua biến môi trường: DATABASE_URL (sqlite://… hoặc postgres://…), THIDUA_DATA_DIR,
            LOG_LEVEL, THIDUA_SESSION_SECRET, THIDUA_UPLOAD_LIMIT_MB, THIDUA_SECURE_COOKIES.
            """,
        subcommands: [
            Serve.self, Migrate.self, Demo.self, UserCommand.self, ImportCommand.self, ExportCommand.self,
            AuditCommand.self,
            EligibilityCommand.self, CatalogueCommand.self, AnniversariesCommand.self, RoutesCommand.self,
            ReviewCommand.self, BallotCommand.self,
        ]
    )

    static func main() async {
        // Line-buffered, so progress shows at once even when stdout is a file or a pipe.
        setvbuf(stdout, nil, _IOLBF, 0)
        do {
            var command = try parseAsRoot()
            if var async = command as? AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("Lỗi: \(failure.description)\n".utf8))
            Foundation.exit(1)
        } catch let error as DomainError {
            FileHandle.standardError.write(Data("Lỗi: \(error.message)\n".utf8))
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}
