// SPDX-License-Identifier: MIT
#include "kaplan/model/errors.hpp"

#include <cerrno>
#include <cstring>

namespace kaplan {

std::string errno_reason(int err) {
  switch (err) {
  case ENOENT:
    return "reason.errno.enoent";
  case EACCES:
    return "reason.errno.eacces";
  case EEXIST:
    return "reason.errno.eexist";
  case ENOTDIR:
    return "reason.errno.enotdir";
  case EISDIR:
    return "reason.errno.eisdir";
  case ENOSPC:
    return "reason.errno.enospc";
  case EROFS:
    return "reason.errno.erofs";
  case ELOOP:
    return "reason.errno.eloop";
  case ENAMETOOLONG:
    return "reason.errno.enametoolong";
  default:
    return std::strerror(err);
  }
}

} // namespace kaplan
