// SPDX-License-Identifier: MIT
#pragma once

#include <string>

// The paths an interrupt must remove: temporary files and staging folders of this
// process. The signal handler reads them without locks or allocation.
namespace kaplan::io::cleanup {

// Registers an absolute path for removal on interrupt (a folder is removed with all it
// holds); returns its slot, or -1 when every slot is taken (the path is then not
// protected, and removed only by the code that made it).
int add(const std::string& absolute_path, bool folder);

// Forgets a slot (the path was removed or moved into place); -1 is ignored.
void remove(int slot);

// Removes the folder `path` and everything in it, without following links (usable from
// a signal handler). Best effort.
void remove_tree(const char* path);

} // namespace kaplan::io::cleanup
