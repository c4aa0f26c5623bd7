import ArgumentParser
import Foundation
import ThiDuaCore
import ThiDuaWeb

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Chạy máy chủ web.")

    @Option(name: .long, help: "Địa chỉ lắng nghe.") var hostname = "127.0.0.1"
    @Option(name: .long, help: "Cổng lắng nghe.") var port = 8080
    @Flag(name: .long, help: "Dùng dữ liệu mẫu: tự tạo bảng và nạp dữ liệu mẫu vào cơ sở dữ liệu trống.") var demo =
        false
    @Flag(name: .long, help: "Tự áp dụng các migration còn thiếu khi khởi động.") var autoMigrate = false

    func run() async throws {
        try await AppRunner.withApp(demo: demo) { app, configuration in
            print("thidua – \(AppRunner.describe(configuration.database))")
            if demo || autoMigrate {
                try await app.prepareDatabase()
            } else {
                let pending = try await app.pendingMigrations()
                guard pending.isEmpty else {
                    throw CommandFailure(
                        "Cơ sở dữ liệu chưa cập nhật (\(pending.count) migration chưa chạy). Hãy chạy: thidua migrate --yes"
                    )
                }
            }
            if demo {
                if try await DemoData.isEmpty(app.store) {
                    print("Đang nạp dữ liệu mẫu…")
                    let summary = try await app.loadDemo(progress: printProgress)
                    print(
                        "Đã nạp: \(summary.units) đơn vị, \(summary.blocs) khối/cụm, \(summary.memberships) lượt thành viên, \(summary.people) người."
                    )
                } else {
                    print("Cơ sở dữ liệu đã có dữ liệu: giữ nguyên, không nạp lại dữ liệu mẫu.")
                }
                print(
                    """
                    Tài khoản dùng thử (mật khẩu: \(DemoData.password)):
                      admin    – quản trị
                      thuky    – thư ký Khối thi đua
                      lanhdao  – lãnh đạo
                      hoidong  – thành viên Hội đồng TĐKT
                      canbo01 … canbo15 – cán bộ thi đua của 15 đơn vị thành viên
                    """)
            } else if try await app.store.accounts.count() == 0 {
                print(
                    "Chưa có tài khoản nào. Hãy tạo tài khoản quản trị: thidua user create --role admin --username admin"
                )
            }
            if configuration.sessionSecretIsEphemeral {
                print("Lưu ý: chưa đặt THIDUA_SESSION_SECRET; phiên đăng nhập sẽ mất khi khởi động lại.")
            }
            app.scheduleAuditCheckpoints()
            print("Mở http://\(hostname):\(port) trong trình duyệt. Nhấn Ctrl+C để dừng.")
            try await app.serve(hostname: hostname, port: port)
        }
    }
}
