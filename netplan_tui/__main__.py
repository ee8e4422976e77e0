from netplan_tui.launcher import main

raise SystemExit(main())
