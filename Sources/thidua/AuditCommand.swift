import ArgumentParser
import Foundation
import ThiDuaCore
import ThiDuaWeb

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Nhật ký thay đổi.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Kiểm tra chuỗi băm của nhật ký: in OK, hoặc sự kiện đầu tiên bị sửa, xóa hay chèn.")

        func run() async throws {
            let verdict = try await AppRunner.withApp { app, _ in
                try await AuditService(store: app.store).verify { count in
                    if count % 50_000 == 0 { printProgress("đã kiểm tra \(count) sự kiện") }
                }
            }
            switch verdict {
            case .intact(let count):
                print("OK: \(count) sự kiện, chuỗi băm nguyên vẹn.")
            case .broken(let seq, let reason):
                throw CommandFailure("Nhật ký bị thay đổi tại sự kiện số \(seq): \(reason).")
            }
        }
    }
}
