; SPDX-License-Identifier: GPL-3.0-or-later
; Balcão's own strings in the NSIS installer, in English and Brazilian
; Portuguese (NSIS's own pages come translated with NSIS). The installer
; shows the language of Windows. Included by NSIS.template.in right after
; the two languages are loaded.

LangString BalcaoWebsite ${LANG_ENGLISH} "Balcão website"
LangString BalcaoWebsite ${LANG_PORTUGUESEBR} "Site do Balcão"

LangString BalcaoRemoveDataQuestion ${LANG_ENGLISH} "Also delete your Balcão databases, their passphrase files and your settings?$\r$\n$\r$\nChoose No to keep them for a later installation. Deleted databases cannot be recovered."
LangString BalcaoRemoveDataQuestion ${LANG_PORTUGUESEBR} "Apagar também seus bancos de dados do Balcão, os arquivos de senha e suas configurações?$\r$\n$\r$\nEscolha Não para guardá-los para uma próxima instalação. Bancos de dados apagados não podem ser recuperados."

LangString BalcaoDataKept ${LANG_ENGLISH} "Your Balcão data was kept in $R0\Balcao."
LangString BalcaoDataKept ${LANG_PORTUGUESEBR} "Seus dados do Balcão foram mantidos em $R0\Balcao."
