-- SPDX-License-Identifier: MIT
-- kaplan's language server in Neovim's built-in client, for every YAML file of a plan.
-- Put this file in ~/.config/nvim/plugin/ (or `require`/`dofile` it from init.lua);
-- `kaplan` must be on PATH. Neovim 0.8 and later use vim.lsp.start (one server per plan
-- folder, reused); 0.7 starts a client per folder with vim.lsp.start_client.
local clients = {} -- root folder -> client id (Neovim 0.7)

-- The folder of the nearest plan.yaml above the file, else the file's own folder.
local function plan_root(file)
  local dir = vim.fn.fnamemodify(file, ':p:h')
  local found = vim.fn.findfile('plan.yaml', dir .. ';')
  if found ~= '' then return vim.fn.fnamemodify(found, ':p:h') end
  return dir
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'yaml',
  callback = function(args)
    local file = vim.api.nvim_buf_get_name(args.buf)
    if file == '' then return end
    local config = {name = 'kaplan', cmd = {'kaplan', 'lsp'}, root_dir = plan_root(file)}
    if vim.lsp.start then
      vim.lsp.start(config, {bufnr = args.buf})
      return
    end
    local id = clients[config.root_dir]
    if not id or not vim.lsp.get_client_by_id(id) then
      id = vim.lsp.start_client(config)
      clients[config.root_dir] = id
    end
    vim.lsp.buf_attach_client(args.buf, id)
  end,
})
