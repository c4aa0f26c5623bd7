import ArgumentParser
import Foundation
import ThiDuaWeb

/// Prints the route table (method and path, `:name` for parameters), for the fuzz test and for operators.
struct RoutesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routes", abstract: "In bảng định tuyến: phương thức và đường dẫn.")

    @Flag(name: .long, help: "In dạng JSON: [{\"method\": \"GET\", \"path\": \"/don-vi/:unitID\"}, …].") var json =
        false

    func run() async throws {
        let routes = try await AppRunner.withApp { app, _ in app.routeTable() }
        if json {
            let data = try JSONSerialization.data(
                withJSONObject: routes.map { ["method": $0.method, "path": $0.path] },
                options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        } else {
            for r in routes { print("\(r.method) \(r.path)") }
        }
    }
}
