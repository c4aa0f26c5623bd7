#!/usr/bin/env python3
"""Writes a people import file (CSV, UTF-8 with BOM, the import's Vietnamese headers) of N distinct people
spread over the demo's 15 member units, reproducibly (seeded). Progress goes to stderr.

    python3 Benchmarks/generate_people.py 100000 people.csv
"""
import csv
import random
import sys

FAMILIES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLES = ["Văn", "Thị", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Xuân", "Ngọc", "Thu", "Hồng", "Kim", "Bích", "Mạnh", "Tuấn"]
GIVENS = ["An", "Anh", "Bình", "Cường", "Dũng", "Đông", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hòa", "Hùng", "Hương", "Lan", "Linh",
          "Long", "Mai", "Minh", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Vân", "Yến"]
POSITIONS = ["Chuyên viên", "Chuyên viên chính", "Kế toán viên", "Nhân viên", "Cán sự", "Phó Trưởng phòng", "Trưởng phòng"]


def main():
    n, path = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(2022)
    seen = set()
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Họ và tên", "Giới tính", "Năm sinh", "Mã đơn vị", "Chức vụ", "Trạng thái"])
        i = 0
        while i < n:
            name = f"{rng.choice(FAMILIES)} {rng.choice(MIDDLES)} {rng.choice(MIDDLES)} {rng.choice(GIVENS)}"
            unit = f"DV{1 + rng.randrange(15):02d}"
            year = 1960 + rng.randrange(45)
            if (name, unit, year) in seen:
                continue
            seen.add((name, unit, year))
            w.writerow([name, "Nữ" if "Thị" in name else "Nam", year, unit, rng.choice(POSITIONS), "Đang công tác"])
            i += 1
            if i % 20000 == 0:
                print(f"  … {i}/{n} dòng", file=sys.stderr)


if __name__ == "__main__":
    main()
