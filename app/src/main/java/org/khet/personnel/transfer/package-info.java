/**
 * Teacher transfer rounds and swaps (issue 15, step 5 of decision 0013). Rules as dated data the administrator edits
 * on {@code /admin/personnel/transfer}: {@code transfer_rule} (the minimum months at the current school, how many
 * schools a request may wish) and {@code transfer_criterion} (the ก.ค.ศ. circular's scoring criteria with their
 * maximum points). A round ({@code transfer_round}, DRAFT → OPEN → CLOSED → RANKED → DECIDED) is run by the personnel
 * group on {@code /personnel/transfers/{id}}: vacancies ({@code transfer_vacancy}) proposed from the workforce plan
 * ({@link org.khet.personnel.Workforce#of}) and edited; government teachers file their own request
 * ({@code transfer_request}, {@code transfer_wish}) in the window, the current director gives an opinion; the group
 * scores ({@code transfer_score}), publishes the ranking, accepts the proposed result ({@link
 * org.khet.personnel.transfer.TransferAssignment}; a vacancy wanting a learning area only for a first major in it)
 * and the registry moves the people ({@link org.khet.registry.Placements}) on the round's effective day: at once if
 * it has come, else the hourly {@code TransferMovesDue} does on that day (pending until then, shown as such). A
 * person's date at the school restarts with every move, a transfer's or an ordinary one of the registry ({@code
 * AtSchoolSince} listens to {@link org.khet.registry.PersonMoved}). Swaps ({@code transfer_swap}) between two
 * teachers of different schools (the partner found by name or school) are agreed by the partner and both directors
 * and approved by the group (both move that day), each told by the notifications module when it is their
 * turn ({@code TransferSwapNotices}), also through {@code GET/POST /api/v1/personnel/transfer-swaps} and {@code POST
 * /api/v1/personnel/transfer-swaps/{id}/{agree|approve|refuse|withdraw}}. API: {@code GET /api/v1/personnel/transfer-rounds},
 * {@code GET /api/v1/personnel/transfer-rounds/{id}/ranking}, {@code POST /api/v1/personnel/transfer-rounds/{id}/requests}.
 * Module-internal (a sub-package of personnel).
 */
package org.khet.personnel.transfer;
