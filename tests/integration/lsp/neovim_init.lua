-- SPDX-License-Identifier: MIT
-- Headless Neovim (0.7 and later) as the language server's client, set up by the example
-- of examples/editors/neovim/kaplan.lua (`kaplan` on PATH): opens PLAN_FILE, waits for
-- the diagnostics kaplan lsp publishes and writes each as LINE:COL-LINE:COL CODE MESSAGE.
vim.cmd('filetype on')
dofile(os.getenv('EXAMPLE'))
vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('PLAN_FILE')))
local ok = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
if not ok then
  io.stdout:write('no diagnostics\n')
  vim.cmd('cquit 1')
end
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  io.stdout:write(string.format('%d:%d-%d:%d %s %s\n', d.lnum + 1, d.col + 1, d.end_lnum + 1, d.end_col + 1,
                                tostring(code), d.message))
end
for _, client in pairs(vim.lsp.get_active_clients()) do client.stop() end
vim.cmd('qa!')
