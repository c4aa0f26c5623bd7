import ArgumentParser
import Foundation
import ThiDuaCore

/// `thidua eligibility --input FILE.json`: the stable JSON contract, with no database. Settings come from the
/// input's `settings`, else the documented defaults (docs/LEGAL.md).
struct EligibilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eligibility",
        abstract: "Xét điều kiện danh hiệu, khen thưởng từ quá trình (JSON vào, JSON ra).",
        discussion:
            "Dữ liệu sai in lỗi nêu rõ trường (ví dụ subjects[0].ratings.2021) và thoát với mã 2. Định dạng: README, mục Xét điều kiện."
    )

    @Option(name: .long, help: "Tệp JSON đầu vào, hoặc - để đọc từ stdin.")
    var input: String

    func run() throws {
        let data: Data
        if input == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: input) else {
                throw CommandFailure("Không đọc được tệp \(input).")
            }
            data = d
        }
        do {
            let request = try EligibilityRequest.parse(data)
            FileHandle.standardOutput.write(EligibilityResponse.encode(request.evaluate()))
            FileHandle.standardOutput.write(Data("\n".utf8))
        } catch let error as EligibilityInputError {
            FileHandle.standardError.write(Data("Lỗi: \(error.field): \(error.message)\n".utf8))
            Foundation.exit(2)
        }
    }
}

/// `thidua catalogue`: the catalogue with every rule and its legal basis, as Markdown (docs/LEGAL.md).
struct CatalogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue",
        abstract: "In danh mục danh hiệu, hình thức khen thưởng và căn cứ pháp lý (Markdown, như docs/LEGAL.md).")

    func run() throws {
        print(LegalDocument.markdown(), terminator: "")
    }
}
