exports.recordPaidOrder = async function (order) {
  return { id: order.id };
};
