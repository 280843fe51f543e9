#!/usr/bin/env python3
"""Times Python's .xlsx libraries on the workbook verkosto-xlsx-bench wrote, in the same run,
and prints each of our timings as a ratio to the fastest peer (below 1: we are faster).

  xlsx_peers.py --sheet DIR/sheet-N.xlsx --ours DIR/ours-xlsx.json

Peers: openpyxl (write-only and read-only modes, its fastest), XlsxWriter (write) and
python-calamine (read, Rust's calamine). They are installed on first use into a virtual
environment (VERKOSTO_BENCH_VENV, default /tmp/verkosto-bench-venv). Each time is the median of
5 runs. Writing uses the same rows, read from the sheet first with calamine (untimed).
"""
import argparse, json, os, subprocess, sys

VENV = os.environ.get("VERKOSTO_BENCH_VENV", "/tmp/verkosto-bench-venv")
PEERS = ["openpyxl", "xlsxwriter", "python-calamine"]

WORKER = r'''
import datetime, json, statistics, sys, tempfile, time, os
import openpyxl, xlsxwriter
from python_calamine import CalamineWorkbook
path = sys.argv[1]

def median(fn, runs=5):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter(); fn(); times.append(time.perf_counter() - t0)
    return statistics.median(times)

rows = CalamineWorkbook.from_path(path).get_sheet_by_name("Toiminta").to_python()
header, body = rows[0], rows[1:]
def typed(row):  # the day column as a date, as our writer has it
    row = list(row)
    if isinstance(row[4], datetime.datetime): row[4] = row[4].date()
    return [None if v == "" else v for v in row]
body = [typed(r) for r in body]
out = os.path.join(tempfile.mkdtemp(), "peer.xlsx")

def openpyxl_write():
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Toiminta")
    ws.append(header)
    for r in body: ws.append(r)
    wb.save(out)

def xlsxwriter_write():
    wb = xlsxwriter.Workbook(out)
    ws = wb.add_worksheet("Toiminta")
    date = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(0, 0, header)
    for i, r in enumerate(body, start=1):
        for j, v in enumerate(r):
            if v is None: continue
            if j == 4: ws.write_datetime(i, j, datetime.datetime.combine(v, datetime.time()), date)
            else: ws.write(i, j, v)
    wb.close()

def openpyxl_read():
    wb = openpyxl.load_workbook(path, read_only=True)
    n = sum(1 for row in wb["Toiminta"].iter_rows(values_only=True) for v in row if v is not None)
    wb.close()
    return n

def calamine_read():
    return len(CalamineWorkbook.from_path(path).get_sheet_by_name("Toiminta").to_python())

print(json.dumps([
    {"task": "xlsx-write", "peer": "openpyxl", "seconds": median(openpyxl_write)},
    {"task": "xlsx-write", "peer": "xlsxwriter", "seconds": median(xlsxwriter_write)},
    {"task": "xlsx-read", "peer": "openpyxl", "seconds": median(openpyxl_read)},
    {"task": "xlsx-read", "peer": "calamine", "seconds": median(calamine_read)},
]))
'''


def ensure_venv():
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    probe = subprocess.run([python, "-c", "import openpyxl, xlsxwriter, python_calamine"], capture_output=True)
    if probe.returncode != 0:
        subprocess.run([python, "-m", "pip", "install", "-q", *PEERS], check=True)
    return python


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sheet", required=True)
    parser.add_argument("--ours", required=True)
    args = parser.parse_args()
    ours = {entry["task"]: entry for entry in json.load(open(args.ours))}
    python = ensure_venv()
    peers = json.loads(subprocess.run([python, "-c", WORKER, args.sheet], check=True, capture_output=True, text=True).stdout)
    print(f"{'task':<11} {'who':<12} {'seconds':>9} {'ours/peer':>10}")
    for task in ("xlsx-write", "xlsx-read"):
        mine = ours[task]["seconds"]
        print(f"{task:<11} {'verkosto':<12} {mine:>9.3f}")
        for peer in (p for p in peers if p["task"] == task):
            print(f"{task:<11} {peer['peer']:<12} {peer['seconds']:>9.3f} {mine / peer['seconds']:>10.2f}")


if __name__ == "__main__":
    main()
