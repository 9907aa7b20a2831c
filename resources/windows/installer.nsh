; Included by electron-builder's NSIS installer (electron-builder.config.ts, nsis.include).
;
; Windows picks a file's program by its last extension only, so "Statement.letter.json" is a ".json" file to
; Explorer and the ".letter.json" association electron-builder writes is never consulted. Adding the letter's
; ProgID to .json's OpenWithProgids puts Undersigned in "Open with" for these files, and among the programs
; Windows offers to open them with, without taking .json away from the program the person uses for it.
; The ProgID "Undersigned letter" is the association's name, written by electron-builder with the command
; `Undersigned.exe "%1"`; the app reads that path from its arguments (src-main/letter-file-launch.ts).

!macro customInstall
  WriteRegNone SHELL_CONTEXT "Software\Classes\.json\OpenWithProgids" "Undersigned letter"
  ; Tells Explorer the associations changed, so "Open with" lists the app at once.
  System::Call 'shell32::SHChangeNotify(i, i, i, i) v (0x08000000, 0, 0, 0)'
!macroend

!macro customUnInstall
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.json\OpenWithProgids" "Undersigned letter"
  System::Call 'shell32::SHChangeNotify(i, i, i, i) v (0x08000000, 0, 0, 0)'
!macroend
