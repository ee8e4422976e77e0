from netplan_tui.cli import main

raise SystemExit(main())
