import ArgumentParser
import Foundation
import ThiDuaCore
import ThiDuaWeb

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Nạp dữ liệu mẫu (Khối thi đua VCA) vào cơ sở dữ liệu trống.")

    func run() async throws {
        try await AppRunner.withApp(demo: true) { app, configuration in
            print("thidua – \(AppRunner.describe(configuration.database))")
            try await app.prepareDatabase()
            do {
                let summary = try await app.loadDemo(progress: printProgress)
                print(
                    "Đã nạp: \(summary.units) đơn vị, \(summary.blocs) khối/cụm, \(summary.memberships) lượt thành viên, \(summary.people) người, \(summary.accounts.count) tài khoản (mật khẩu \(DemoData.password))."
                )
            } catch let problem as DemoData.Problem {
                throw CommandFailure(problem.description)
            }
        }
    }
}
