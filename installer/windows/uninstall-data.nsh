  ; Balcão: the user's data stays unless they ask for it to go. The question
  ; defaults to No, and a silent uninstall (/S) keeps the data. Only the data
  ; of the Windows user running the uninstaller can be reached: the
  ; databases and key files under %APPDATA%\Balcao\Balcao (Qt's
  ; AppDataLocation) and the settings under HKCU\Software\Balcao\Balcao.
  ; %APPDATA% is read from the environment so that the shell folder context
  ; the rest of the uninstaller uses (all users or one) stays as it is.
  ReadEnvStr $R0 APPDATA
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(BalcaoRemoveDataQuestion)" /SD IDNO IDYES balcao_remove_data
    DetailPrint "$(BalcaoDataKept)"
    Goto balcao_data_done
  balcao_remove_data:
    RMDir /r "$R0\Balcao\Balcao"
    RMDir "$R0\Balcao"
    DeleteRegKey HKCU "Software\Balcao\Balcao"
    DeleteRegKey /ifempty HKCU "Software\Balcao"
  balcao_data_done:
