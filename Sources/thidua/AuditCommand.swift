import ArgumentParser
import Foundation
import ThiDuaCore
import ThiDuaWeb

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Nhật ký thay đổi.", subcommands: [Verify.self, Checkpoint.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Kiểm tra nhật ký: chuỗi băm, các điểm mốc đã ký, các mã băm ghi ở nơi khác, và phiên bản của từng bản ghi.",
            discussion:
                "In OK, hoặc chỗ đầu tiên bị sửa, xóa, chèn hay cắt (mã thoát 1). Có THIDUA_AUDIT_KEY thì kiểm tra cả chữ ký của các điểm mốc."
        )

        @Option(
            name: .long,
            help: "Mã băm của một đầu chuỗi đã ghi ở nơi khác (báo cáo, bản sao lưu, bản tin); có thể nhắc lại.")
        var anchor: [String] = []

        func run() async throws {
            let verdict = try await AppRunner.withApp { app, configuration in
                if configuration.auditKey == nil {
                    // On standard error: the first line of standard output stays the verdict.
                    FileHandle.standardError.write(
                        Data("Lưu ý: chưa đặt THIDUA_AUDIT_KEY, không kiểm tra chữ ký của các điểm mốc.\n".utf8))
                }
                return try await AuditService(store: app.store).verify(key: configuration.auditKey, anchors: anchor) {
                    count in
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

    struct Checkpoint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Ghi một điểm mốc đã ký của đầu chuỗi nhật ký (cần THIDUA_AUDIT_KEY), ví dụ ngay trước khi sao lưu; in số và mã băm để lưu ở nơi khác."
        )

        func run() async throws {
            let result = try await AppRunner.withApp {
                app, configuration -> (AuditCheckpoint?, (seq: Int64, hash: String)) in
                guard let key = configuration.auditKey else {
                    throw CommandFailure("Chưa đặt THIDUA_AUDIT_KEY (ít nhất 32 ký tự): không ký được điểm mốc.")
                }
                let written = try await AuditService(store: app.store).checkpoint(key: key)
                return (written, try await app.store.audit.head())
            }
            print(
                "\(result.0 == nil ? "Đã có điểm mốc" : "Đã ghi điểm mốc"): sự kiện số \(result.1.seq), mã băm \(result.1.hash)"
            )
        }
    }
}
