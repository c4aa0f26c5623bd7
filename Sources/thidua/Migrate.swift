import ArgumentParser
import Foundation
import ThiDuaWeb

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Tạo hoặc cập nhật các bảng của cơ sở dữ liệu.")

    @Flag(name: .long, help: "Không hỏi lại.") var yes = false

    func run() async throws {
        try await AppRunner.withApp { app, configuration in
            print("thidua – \(AppRunner.describe(configuration.database))")
            let pending = try await app.pendingMigrations()
            guard !pending.isEmpty else {
                print("Cơ sở dữ liệu đã cập nhật, không có migration nào cần chạy.")
                return
            }
            print("Sẽ chạy \(pending.count) migration:")
            for name in pending { print("  + \(name)") }
            if !yes {
                guard isatty(STDIN_FILENO) != 0 else {
                    throw CommandFailure("Không có bàn phím để xác nhận. Chạy lại với --yes.")
                }
                print("Tiếp tục? [y/N] ", terminator: "")
                guard let answer = readLine()?.lowercased(), answer == "y" || answer == "yes" || answer == "c" else {
                    print("Đã hủy, không thay đổi gì.")
                    return
                }
            }
            try await app.prepareDatabase()
            print("Đã chạy xong \(pending.count) migration.")
        }
    }
}
