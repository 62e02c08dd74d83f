// src/platform/gl.hpp - the OpenGL headers: WebGL2 (GLES 3.0) in the browser, desktop GL 3.0
// natively. The renderer uses only the functions both have.
#pragma once
#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#define GL_GLEXT_PROTOTYPES 1
#include <SDL_opengl.h>
#include <SDL_opengl_glext.h>
#endif
