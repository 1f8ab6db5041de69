-- SPDX-License-Identifier: MIT
-- Headless Neovim (0.7 and later) as the language server's client: opens PLAN_FILE, waits for
-- the diagnostics kaplan lsp publishes and writes each as LINE:COL-LINE:COL CODE MESSAGE.
local kaplan, file = os.getenv('KAPLAN'), os.getenv('PLAN_FILE')
local id = vim.lsp.start_client({name = 'kaplan', cmd = {kaplan, 'lsp', '--today', '2027-07-05', '--lang', 'en'},
                                 root_dir = vim.fn.fnamemodify(file, ':h')})
vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.lsp.buf_attach_client(0, id)
local ok = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
if not ok then io.stdout:write('no diagnostics\n') vim.cmd('cquit 1') end
for _, d in ipairs(vim.diagnostic.get(0)) do
  io.stdout:write(string.format('%d:%d-%d:%d %s %s\n', d.lnum + 1, d.col + 1, d.end_lnum + 1, d.end_col + 1,
                                tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)), d.message))
end
vim.lsp.stop_client(id)
vim.cmd('qa!')
