# A folder Quayside puts files into, with the mode it needs.
# QUAYSIDE_MODE: check | apply
set -eu
if [ "$QUAYSIDE_MODE" = check ]; then
    [ -d "$FOLDER" ] && [ "$(stat -c %a "$FOLDER")" = "$FOLDER_MODE" ]
else
    install -d -m "$FOLDER_MODE" "$FOLDER"
    chmod "$FOLDER_MODE" "$FOLDER"
fi
