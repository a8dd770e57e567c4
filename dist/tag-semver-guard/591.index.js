export const id = 591;
export const ids = [591];
export const modules = {

/***/ 1591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _core_action_checks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5070);
/* harmony import */ var _core_guard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2273);


/** Runs the guard's checks over one report: one summary, all outputs, `ok` and `reason`. */
async function run({ guard, root }) {
    await (0,_core_action_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .runChecks */ .JT)('tag-semver-guard', [(0,_core_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .guardCheck */ .y7)(guard, (0,_core_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .guardContextFromEnv */ .QP)(root))], {
        onReject: guard.onReject,
    });
}


/***/ })

};
