import ArgumentParser
import Foundation
import ThiDuaCore
import ThiDuaWeb

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Quản lý tài khoản.",
        subcommands: [Create.self, List.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Tạo tài khoản. Mật khẩu được hỏi trên bàn phím, hoặc đọc một dòng từ đầu vào chuẩn (không bao giờ qua tham số)."
        )

        @Option(help: "Vai trò: admin, bloc-secretary, unit-officer, council-member, leader.") var role: String
        @Option(help: "Tên đăng nhập (mặc định admin cho vai trò admin).") var username: String?
        @Option(help: "Tên hiển thị.") var displayName: String?
        @Option(help: "Mã đơn vị (bắt buộc với unit-officer).") var unit: String?
        @Option(help: "Mã khối thi đua (bắt buộc với bloc-secretary).") var bloc: String?

        func run() async throws {
            guard let role = Role(cliName: role) else {
                throw CommandFailure(
                    "Vai trò \(self.role) không hợp lệ. Dùng: \(Role.allCases.map(\.cliName).joined(separator: ", ")).")
            }
            guard let username = username ?? role.defaultUsername else {
                throw CommandFailure("Hãy cho tên đăng nhập: --username TÊN.")
            }
            let password = try readPassword()
            try await AppRunner.withApp { app, _ in
                try await app.prepareDatabase()
                var unitID: UUID?
                var blocID: UUID?
                if let unit {
                    guard let u = try await app.store.units.find(code: unit) else {
                        throw CommandFailure("Không có đơn vị mã \(unit).")
                    }
                    unitID = u.id
                }
                if let bloc {
                    guard let b = try await app.store.blocs.find(code: bloc) else {
                        throw CommandFailure("Không có khối mã \(bloc).")
                    }
                    blocID = b.id
                }
                let account = Account(
                    username: username.lowercased(), displayName: displayName ?? username, role: role,
                    unitID: unitID, blocID: blocID)
                do {
                    try await app.createAccount(account, password: password)
                } catch let error as DomainError {
                    throw CommandFailure(error.message)
                }
                print("Đã tạo tài khoản \(account.username) (\(role.vietnamese)).")
            }
        }

        private func readPassword() throws -> String {
            if isatty(STDIN_FILENO) != 0 {
                guard let first = getpass("Mật khẩu: ").map({ String(cString: $0) }),
                    let second = getpass("Nhập lại mật khẩu: ").map({ String(cString: $0) }), first == second
                else {
                    throw CommandFailure("Hai lần nhập mật khẩu không khớp.")
                }
                return first
            }
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw CommandFailure("Không đọc được mật khẩu từ đầu vào chuẩn.")
            }
            return line
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Liệt kê tài khoản.")

        func run() async throws {
            try await AppRunner.withApp { app, _ in
                for a in try await app.store.accounts.everyAccount() {
                    print("\(a.username)\t\(a.role.cliName)\t\(a.displayName)\(a.active ? "" : "\t(đã khóa)")")
                }
            }
        }
    }
}
