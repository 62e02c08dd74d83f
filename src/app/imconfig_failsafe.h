// src/app/imconfig_failsafe.h - Dear ImGui build options for Failsafe (IMGUI_USER_CONFIG).
#pragma once
// WebGL has no base-vertex draws: 32-bit indices let one window pass 64K vertices.
#define ImDrawIdx unsigned int
// Fonts and settings come from memory; nothing touches a filesystem.
#define IMGUI_DISABLE_FILE_FUNCTIONS
#ifdef FAILSAFE_RELEASE
#define IMGUI_DISABLE_DEMO_WINDOWS
#define IMGUI_DISABLE_METRICS_WINDOW
#endif
