;;; kaplan-eglot.el --- kaplan's language server in Emacs with eglot  -*- lexical-binding: t; -*-
;; SPDX-License-Identifier: MIT

;; Load it from your init file, e.g. (load "/path/to/kaplan-eglot.el"), with `kaplan'
;; on `exec-path'.  Then `M-x eglot' in a plan's YAML file (or let the hook below start
;; it): kaplan's findings appear through Flymake, `M-.' jumps to an id's definition,
;; `M-?' lists its references, `eglot-code-actions' offers the quick fixes.

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((yaml-mode yaml-ts-mode) . ("kaplan" "lsp"))))

;; Start it in every YAML file that lies in a folder with a plan.yaml above it.
(defun kaplan-eglot-maybe-start ()
  (when (and buffer-file-name (locate-dominating-file buffer-file-name "plan.yaml"))
    (eglot-ensure)))
(add-hook 'yaml-mode-hook #'kaplan-eglot-maybe-start)
(add-hook 'yaml-ts-mode-hook #'kaplan-eglot-maybe-start)

(provide 'kaplan-eglot)
;;; kaplan-eglot.el ends here
