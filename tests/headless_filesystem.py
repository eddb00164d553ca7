# SPDX-License-Identifier: GPL-3.0-or-later
"""The headless commands against a full disk, odd paths and read-only files, as a coordinator's IT would meet them.

Each command either does its work whole, or fails with a Swedish message and a non-zero exit, leaves no file half
written, and records nothing in the database that did not happen. Small filesystems are tmpfs mounts, so the test
needs root (CI runs as root); without it, it fails rather than passing without having tried.

Usage: headless_filesystem.py KOORDINERA WORK_DIR
"""
import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile

KOORDINERA = sys.argv[1]
WORK = os.path.join(sys.argv[2], "headless-filesystem")
PASSPHRASE = "en lång lösenfras för test\n"
failures = []
passed = 0


def check(condition, what):
    global passed
    if condition:
        passed += 1
    else:
        failures.append(what)
        print("FAILED:", what, flush=True)


def run(*arguments, timeout=120, drop_privileges=False):
    """Runs koordinera with the passphrase on standard input; returns (exit status, stdout, stderr)."""
    command = [KOORDINERA, *arguments]
    if drop_privileges:
        # Root that obeys file permissions, as an ordinary user would: a 0400 file is then really read-only.
        command = ["setpriv", "--inh-caps=-all", "--bounding-set=-all", "--", *command]
    completed = subprocess.run(command, input=PASSPHRASE, capture_output=True, text=True, timeout=timeout, env=ENV)
    return completed.returncode, completed.stdout, completed.stderr


def sha256(path):
    with open(path, "rb") as file:
        return hashlib.sha256(file.read()).hexdigest()


def entries(folder):
    return sorted(os.listdir(folder))


class SmallDisk:
    """A tmpfs of the given size, mounted on a new folder under WORK."""

    def __init__(self, size):
        self.path = tempfile.mkdtemp(dir=WORK, prefix="disk-")
        mounted = os.geteuid() == 0 and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", self.path]).returncode == 0
        if not mounted:
            print("FAILED: a small tmpfs could not be mounted (this test needs root)")
            sys.exit(1)

    def fill(self, leave=0):
        """Fills the disk with one file until at most `leave` bytes are free."""
        filler = os.path.join(self.path, "fyllnad")
        with open(filler, "ab", buffering=0) as file:
            try:
                while os.statvfs(self.path).f_bavail * os.statvfs(self.path).f_frsize > leave:
                    file.write(b"f" * 4096)
            except OSError:
                pass

    def free(self):
        os.remove(os.path.join(self.path, "fyllnad"))

    def remount(self, options):
        return subprocess.run(["mount", "-o", "remount," + options, self.path]).returncode == 0

    def unmount(self):
        subprocess.run(["umount", self.path])


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    global ENV
    ENV = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    ENV["XDG_CONFIG_HOME"] = os.path.join(WORK, "config")
    ENV["XDG_DATA_HOME"] = os.path.join(WORK, "data")
    ENV["LANG"] = "sv_SE.UTF-8"
    # Documents are exported only when the settings say who signs them.
    os.makedirs(os.path.join(WORK, "config", "Koordinera"))
    with open(os.path.join(WORK, "config", "Koordinera", "Koordinera.conf"), "w", encoding="utf-8") as conf:
        conf.write("[user]\ncoordinatorName=Anna Lindberg\ncoordinatorTitle=Rehabkoordinator\n"
                   "unitName=Vårdcentralen Ekbacken\n")
    disks = []
    try:
        scenarios(disks)
    finally:
        for disk in disks:
            disk.unmount()
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


def scenarios(disks):
    db = os.path.join(WORK, "enhet.koordinera")
    rc, _, err = run("create", "--db", db, "--demo-data")
    check(rc == 0, f"create a demo database ({rc}): {err}")
    rc, _, err = run("case-list", "--db", db, "--columns", "case", "--out", os.path.join(WORK, "ärenden.csv"))
    check(rc == 0, f"case-list ({rc}): {err}")
    with open(os.path.join(WORK, "ärenden.csv"), encoding="utf-8-sig") as file:
        reference = file.read().splitlines()[1].strip()

    # A whole export reports the hash of the file that is on the disk.
    whole = os.path.join(WORK, "sammanfattning.pdf")
    rc, out, err = run("export", "--db", db, "--case", reference, "--document", "summary", "--out", whole)
    check(rc == 0 and out.strip().endswith(sha256(whole)), f"a whole export reports its file's hash ({rc}): {out} {err}")
    check(stat.S_IMODE(os.stat(whole).st_mode) == 0o600, "an export is readable by its owner only")

    full = SmallDisk("1m")
    disks.append(full)
    before = sha256(db)

    # A full disk: nothing is left, nothing recorded, a message and exit 1.
    full.fill(leave=24 * 1024)
    target = os.path.join(full.path, "summary.pdf")
    rc, out, err = run("export", "--db", db, "--case", reference, "--document", "summary", "--out", target)
    check(rc == 1 and "kunde inte" in err and not out, f"a PDF on a full disk fails ({rc}): {out} {err}")
    full.free()
    full.fill(leave=0)
    for arguments in (["export", "--db", db, "--case", reference, "--document", "summary", "--out", "plan.txt"],
                      ["statistics", "--db", db, "--period", "2026", "--out", "statistik.pdf"],
                      ["statistics", "--db", db, "--period", "2026", "--out", "statistik.csv"],
                      ["statistics", "--db", db, "--period", "2026", "--out", "statistik.xlsx"],
                      ["case-list", "--db", db, "--out", "ärenden.csv"],
                      ["case-list", "--db", db, "--out", "ärenden.xlsx"]):
        arguments[-1] = os.path.join(full.path, arguments[-1])
        rc, out, err = run(*arguments)
        check(rc == 1 and err.strip(), f"{arguments[0]} to {os.path.basename(arguments[-1])} on a full disk ({rc}): "
                                       f"{out} {err}")
    rc, out, err = run("backup", "--db", db, "--to", full.path)
    check(rc == 1 and "säkerhetskopian" in err.lower(), f"a backup on a full disk ({rc}): {out} {err}")
    check(entries(full.path) == ["fyllnad"], f"a full disk is left as it was: {entries(full.path)}")
    check(sha256(db) == before, "nothing was recorded in the database for what was not written")
    full.free()

    # create on a disk too small for the demo data: no database is left behind half made.
    small = os.path.join(full.path, "ny.koordinera")
    rc, out, err = run("create", "--db", small, "--demo-data")
    check(rc == 1 and err.strip(), f"create on a small disk fails ({rc}): {err}")
    check(entries(full.path) == [], f"create on a small disk leaves nothing: {entries(full.path)}")

    # The lock: an empty one (as a full disk once left) blocks nothing, and a full disk leaves none behind.
    locked = SmallDisk("8m")
    disks.append(locked)
    copy = os.path.join(locked.path, "enhet.koordinera")
    shutil.copyfile(db, copy)
    open(copy + ".lock", "wb").close()
    rc, out, err = run("export", "--db", copy, "--case", reference, "--document", "summary", "--out",
                       os.path.join(WORK, "plan1.txt"))
    check(rc == 0, f"an empty lock file is no live lock ({rc}): {err}")
    check(not os.path.exists(copy + ".lock"), "the lock goes when the command ends")
    locked.fill(leave=0)
    rc, out, err = run("export", "--db", copy, "--case", reference, "--document", "summary", "--out",
                       os.path.join(WORK, "plan2.txt"))
    check(rc == 1 and "låsas" in err, f"no room for the lock ({rc}): {err}")
    check(entries(locked.path) == ["enhet.koordinera", "fyllnad"], f"no lock left: {entries(locked.path)}")
    locked.free()
    rc, out, err = run("export", "--db", copy, "--case", reference, "--document", "summary", "--out",
                       os.path.join(WORK, "plan2.txt"))
    check(rc == 0, f"with room again, the database opens at once ({rc}): {err}")

    # A read-only disk: reading commands work, writing ones explain.
    check(locked.remount("ro"), "remount read-only")
    copy_before = sha256(copy)
    rc, out, err = run("check", "--db", copy)
    check(rc == 0 and "hel" in out, f"check on a read-only disk ({rc}): {out} {err}")
    rc, out, err = run("statistics", "--db", copy, "--period", "2026", "--out", os.path.join(WORK, "s.csv"))
    check(rc == 0, f"statistics from a read-only disk ({rc}): {err}")
    backups = os.path.join(WORK, "backups")
    os.makedirs(backups)
    rc, out, err = run("backup", "--db", copy, "--to", backups)
    check(rc == 0 and len(entries(backups)) == 1 and "åtkomstlogg" in err,
          f"a backup of a read-only disk ({rc}): {out} {err} {entries(backups)}")
    rc, out, err = run("export", "--db", copy, "--case", reference, "--document", "summary", "--out",
                       os.path.join(WORK, "plan3.txt"))
    check(rc == 1 and "får bara läsas" in err and not os.path.exists(os.path.join(WORK, "plan3.txt")),
          f"an export from a read-only disk explains ({rc}): {err}")
    check(sha256(copy) == copy_before, "a read-only disk's database is unchanged")

    # A read-only file (0400) for a user who obeys permissions.
    readonly = os.path.join(WORK, "skrivskyddad.koordinera")
    shutil.copyfile(db, readonly)
    os.chmod(readonly, 0o400)
    rc, out, err = run("check", "--db", readonly, drop_privileges=True)
    check(rc == 0, f"check of a 0400 file ({rc}): {out} {err}")
    rc, out, err = run("backup", "--db", readonly, "--to", backups, drop_privileges=True)
    check(rc == 0 and len(entries(backups)) == 2, f"backup of a 0400 file ({rc}): {out} {err}")
    rc, out, err = run("case-list", "--db", readonly, "--out", os.path.join(WORK, "x.csv"), drop_privileges=True)
    check(rc == 1 and "får bara läsas" in err and "sparas" not in err.replace("spara i", ""),
          f"case-list from a 0400 file explains the permission ({rc}): {err}")
    check(sha256(readonly) == sha256(db), "a 0400 file is unchanged")

    # Outputs that are not ordinary files are refused, and stay what they were.
    device_link = os.path.join(WORK, "full")
    os.symlink("/dev/full", device_link)
    device = os.path.join(WORK, "nollenhet")
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # like /dev/null
    pipe = os.path.join(WORK, "rör")
    os.mkfifo(pipe)
    for out_path in (device_link, device, pipe, WORK):
        for arguments in (["export", "--demo", "--document", "summary"],
                          ["statistics", "--demo"],
                          ["case-list", "--demo"]):
            rc, out, err = run(*arguments, "--out", out_path, timeout=30)
            check(rc == 2 and "ingen vanlig fil" in err,
                  f"{arguments[0]} --out {os.path.basename(out_path)} is refused ({rc}): {err}")
    check(os.path.islink(device_link) and os.readlink(device_link) == "/dev/full", "the link is still a link")
    check(stat.S_ISCHR(os.stat(device).st_mode), "the device node is still a device node")
    check(stat.S_ISFIFO(os.stat(pipe).st_mode), "the pipe is still a pipe")

    # A pipe or a missing folder as the database: a message at once, no lock.
    rc, out, err = run("check", "--db", pipe, timeout=30)
    check(rc == 1 and "ingen databasfil" in err, f"check of a pipe ({rc}): {err}")
    check(not os.path.exists(pipe + ".lock"), "no lock beside the pipe")
    rc, out, err = run("check", "--db", os.path.join(WORK, "saknas", "enhet.koordinera"))
    check(rc == 1 and "Mappen" in err and "finns inte" in err, f"check in a missing folder ({rc}): {err}")

    # check only reads: a whole file and one whose last save was torn keep every byte, and the torn save is named.
    rc, out, err = run("check", "--db", db)
    check(rc == 0 and sha256(db) == before, f"check of a whole file ({rc}): {out} {err}")
    torn = os.path.join(WORK, "avbruten.koordinera")
    with open(db, "rb") as source, open(torn, "wb") as file:
        file.write(source.read() + bytes(30))  # a record cut off inside its header
    torn_before = sha256(torn)
    rc, out, err = run("check", "--db", torn)
    check(rc == 4 and "avbröts" in out and sha256(torn) == torn_before,
          f"check of a torn last save ({rc}): {out} {err}")

    # A flipped bit in the header's format field is damage, not "update the program".
    damaged = os.path.join(WORK, "skadad.koordinera")
    with open(db, "rb") as file:
        content = bytearray(file.read())
    content[8] ^= 0x02
    with open(damaged, "wb") as file:
        file.write(content)
    rc, out, err = run("check", "--db", damaged)
    check(rc == 3 and "nyare version" not in err and "skadad" in err, f"a flipped format byte ({rc}): {err}")


if __name__ == "__main__":
    sys.exit(main())
