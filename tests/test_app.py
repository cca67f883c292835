# SPDX-License-Identifier: BSD-3-Clause
"""Out-of-tree applications: a bare folder of .c files and one with Makefile.uk."""
import os

from conftest import build, make

HELLO = r'''
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char *argv[])
{
	char *buf = malloc(64);
	double x = 1.5;

	snprintf(buf, 64, "%s says hi to %d args, x*x = %g", argv[0], argc - 1, x * x);
	puts(buf);
	free(buf);
	return 5;
}
'''


def test_folder_of_c_files(arch, tmp_path):
    app = tmp_path / "hello"
    app.mkdir()
    (app / "hello.c").write_text(HELLO)
    img = build(arch, app=str(app))
    assert img.path.endswith(f"/hello_kvm-{arch}")
    assert os.path.isfile(img.path)
    r = img.run(append="-- a b")
    r.expect(r"^hello says hi to 2 args, x\*x = 2\.25$")
    assert r.status == 5


def test_app_with_makefile_uk_and_config(arch, tmp_path):
    app = tmp_path / "custom-dir"
    (app / "src").mkdir(parents=True)
    (app / "src" / "one.c").write_text(
        '#include <stdio.h>\nint two(void);\nint main(void)\n'
        '{ printf("greeting=%s two=%d\\n", APP_GREETING, two()); return 0; }\n')
    (app / "src" / "two.c").write_text("int two(void) { return CONFIG_APP_TWO; }\n")
    (app / "Makefile.uk").write_text(
        "APPNAME := fancy\n"
        "APP_SRCS := $(APP_DIR)/src/one.c $(APP_DIR)/src/two.c\n"
        "APP_CFLAGS := -DAPP_GREETING='\"howdy\"'\n")
    (app / "Config.uk").write_text(
        'config APP_TWO\n\tint "the number two"\n\tdefault 2\n')
    img = build(arch, app=str(app))
    assert img.path.endswith(f"/fancy_kvm-{arch}")
    r = img.run()
    r.expect(r"^greeting=howdy two=2$")
    assert r.status == 0


def test_make_reports_folder_without_sources(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    p = make(f"O={tmp_path / 'b'}", f"APP={empty}", check=False)
    assert p.returncode != 0
    assert "no C sources" in p.stderr + p.stdout
